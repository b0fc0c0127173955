import { useCallback } from 'react';
import { useAppStore } from '@/state/store';

/**
 * Opens a cluster's panel from a profile. The cluster panel belongs to the presences view, so the
 * coverage view gives way to it; the camera stays where the profile put it, and Back returns to the
 * profile.
 */
export function useOpenCluster(): (clusterId: string) => void {
  return useCallback((clusterId) => {
    const s = useAppStore.getState();
    s.clearArea({ returnCamera: false });
    if (s.view !== 'presences') s.setView('presences');
    s.selectCluster(clusterId);
  }, []);
}
